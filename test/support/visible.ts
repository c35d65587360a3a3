// What readers see of a coaching comment: its body without the hidden state marker at the end
// (tests check the marker separately, through decodeMarker).
export const visible = (body: string) => body.replace(/\n*<!-- common-ground:state [^>]*-->\s*$/, "");
