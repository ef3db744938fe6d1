// The format's id and name alone, for a page that names the format without loading the whole of it.
export const GOV2021_ID = "gov-2021";
export const GOV2021_NAME = "国办公开办函〔2021〕30号";
