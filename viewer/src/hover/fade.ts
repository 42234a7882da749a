/**
 * A WebGL layer that veils the whole stage in the background colour. Drawn at its own depth,
 * between the ordinary items and the highlighted ones, it dims everything outside the focused
 * neighbourhood at the cost of one quad — no re-styling of the thousands of dimmed items.
 */
export interface FadeLayer {
  factory: (gl: WebGL2RenderingContext) => { render(): void; kill(): void };
  setActive(active: boolean): void;
}

export function createFadeLayer(color: string, opacity: number, onChange: () => void): FadeLayer {
  const [r, g, b] = parseHexColor(color);
  let active = false;
  return {
    setActive(next) {
      if (next === active) return;
      active = next;
      onChange();
    },
    factory(gl) {
      const program = link(gl, VERTEX, FRAGMENT);
      const colorLocation = gl.getUniformLocation(program, "u_color");
      const vao = gl.createVertexArray();
      const buffer = gl.createBuffer();
      gl.bindVertexArray(vao);
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, -1, 1, 1, -1, 1, 1]), gl.STATIC_DRAW);
      const position = gl.getAttribLocation(program, "a_position");
      gl.enableVertexAttribArray(position);
      gl.vertexAttribPointer(position, 2, gl.FLOAT, false, 0, 0);
      gl.bindVertexArray(null);
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
      return {
        render() {
          if (!active) return;
          // Other programs draw to the picking buffer too: this quad is for the screen only.
          gl.bindFramebuffer(gl.FRAMEBUFFER, null);
          gl.viewport(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight);
          const depthTest = gl.isEnabled(gl.DEPTH_TEST);
          const blend = gl.isEnabled(gl.BLEND);
          if (depthTest) gl.disable(gl.DEPTH_TEST);
          if (!blend) gl.enable(gl.BLEND);
          // Sigma blends premultiplied colours.
          gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
          gl.useProgram(program);
          gl.uniform4f(colorLocation, r * opacity, g * opacity, b * opacity, opacity);
          gl.bindVertexArray(vao);
          gl.drawArrays(gl.TRIANGLES, 0, 6);
          gl.bindVertexArray(null);
          if (depthTest) gl.enable(gl.DEPTH_TEST);
          if (!blend) gl.disable(gl.BLEND);
        },
        kill() {
          gl.deleteBuffer(buffer);
          gl.deleteVertexArray(vao);
          gl.deleteProgram(program);
        },
      };
    },
  };
}

const VERTEX = `#version 300 es
in vec2 a_position;
void main() { gl_Position = vec4(a_position, 0.0, 1.0); }`;

const FRAGMENT = `#version 300 es
precision mediump float;
uniform vec4 u_color;
out vec4 fragColor;
void main() { fragColor = u_color; }`;

function link(gl: WebGL2RenderingContext, vertex: string, fragment: string): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [[gl.VERTEX_SHADER, vertex], [gl.FRAGMENT_SHADER, fragment]] as const) {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`newsgraph/viewer: fade shader: ${gl.getShaderInfoLog(shader)}`);
    gl.attachShader(program, shader);
    gl.deleteShader(shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`newsgraph/viewer: fade program: ${gl.getProgramInfoLog(program)}`);
  return program;
}

/** "#rrggbb" or "#rgb" to 0..1 channels; white for anything else. */
export function parseHexColor(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return [1, 1, 1];
  const full = hex.length === 3 ? hex.replace(/./g, "$&$&") : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
}
