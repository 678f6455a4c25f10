/** Excel's grid: a cell beyond it is none Excel could have saved, and none a reader can see. */
export const MAX_ROWS = 1_048_576;
/** Excel's last column (XFD), counted from 1. */
export const MAX_COLUMNS = 16_384;
