export { isCameraMoving, type CameraSource } from "./moving.js";
export { bindCameraKeys, CAMERA_KEY_DEFAULTS, type CameraKeyOptions, type KeyCameraSource } from "./keys.js";
export { cameraFor, fitCamera, maskedBox, type FitOptions, type FitSource, type NodeBox } from "./fit.js";
export { onCameraRest, REST_MS, type RestSource } from "./rest.js";
