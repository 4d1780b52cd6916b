/**
 * Below this zoom no card's text can be read (14 px type draws under 5 px): cards are drawn as
 * their coloured boxes only (styles.css, `.board.far`), which takes most of the browser's work
 * per frame off a large board seen whole. Names, focus and selection stay on the card itself.
 */
export const FAR_ZOOM = 0.35;

/** The zoom a card opened for typing is brought to when the board was seen from far away. */
export const WRITING_ZOOM = 0.7;
