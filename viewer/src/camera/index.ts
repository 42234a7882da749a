export { isCameraMoving, type CameraSource } from "./moving.js";
