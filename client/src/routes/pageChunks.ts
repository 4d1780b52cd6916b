/**
 * The board page's code, loaded on demand. The join page starts it as soon as it shows: a person
 * typing their name on a slow phone network is time the board can use to arrive.
 */
export const loadWorkshopPage = () => import("./WorkshopPage");
