/**
 * The share addresses Google Classroom and Microsoft Teams document for their share buttons, as
 * plain links: the teacher's browser loads nothing from either site until the click, so the page
 * needs no third-party script and the CSP stays as it is.
 */
export function classroomShareUrl(url: string): string {
	return `https://classroom.google.com/share?url=${encodeURIComponent(url)}`;
}

export function teamsShareUrl(url: string, text: string): string {
	return `https://teams.microsoft.com/share?href=${encodeURIComponent(url)}&msgText=${encodeURIComponent(text)}`;
}
