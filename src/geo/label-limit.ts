/** Maps with more areas than this are not labelled: the names would only crowd out the colours (own module: the map checks it before loading the labels). */
export const MAX_LABELLED_AREAS = 60;
