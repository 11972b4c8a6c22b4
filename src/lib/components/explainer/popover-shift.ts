/**
 * How far to move a popover sideways so that it stays inside the page: `left` and `right` are its
 * edges, `width` the layout width (not innerWidth: on a phone that grows with the overflow it should
 * prevent). The left edge wins when the popover is wider than the room.
 */
export function popoverShift(left: number, right: number, width: number, margin = 8): number {
	let shift = 0;
	if (right > width - margin) shift = width - margin - right;
	if (left + shift < margin) shift = margin - left;
	return shift;
}
