/** The dashboard URL's query keys in the order they are written (own module: the map's "Open in Kollen" link needs them without the state machinery). */
export const STATE_KEYS = ['indicator', 'level', 'drill', 'period', 'breakdown', 'category', 'areas', 'view', 'colors', 'lang'] as const;
