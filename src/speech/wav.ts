/** Mono or multi-channel PCM audio, one Float32Array per channel, samples in [-1, 1]. */
export interface Pcm {
  sampleRate: number;
  channels: Float32Array<ArrayBuffer>[];
}

/**
 * Reads a RIFF/WAVE file of 8-, 16- or 32-bit integer or 32-bit float PCM (what eSpeak NG
 * writes, and the simplest format for recorded clips). Returns undefined for anything else
 * (Opus, MP3…), which the player hands to the browser's decoder instead.
 */
export function parseWav(bytes: ArrayBuffer | Uint8Array): Pcm | undefined {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const view = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  const tag = (at: number) => String.fromCharCode(u8[at]!, u8[at + 1]!, u8[at + 2]!, u8[at + 3]!);
  if (u8.byteLength < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return undefined;
  let format = 0;
  let channelCount = 0;
  let sampleRate = 0;
  let bits = 0;
  let at = 12;
  while (at + 8 <= u8.byteLength) {
    const id = tag(at);
    // eSpeak NG writes 0x7fffffff as the data size when it streams: take what is there.
    const size = Math.min(view.getUint32(at + 4, true), u8.byteLength - at - 8);
    const body = at + 8;
    if (id === 'fmt ' && size >= 16) {
      format = view.getUint16(body, true);
      channelCount = view.getUint16(body + 2, true);
      sampleRate = view.getUint32(body + 4, true);
      bits = view.getUint16(body + 14, true);
      if (format === 0xfffe && size >= 26) format = view.getUint16(body + 24, true); // WAVE_FORMAT_EXTENSIBLE
    } else if (id === 'data') {
      if (channelCount < 1 || sampleRate < 1) return undefined;
      const read = sampleReader(view, format, bits);
      if (!read) return undefined;
      const step = bits / 8;
      const frames = Math.floor(size / (step * channelCount));
      const channels = Array.from({ length: channelCount }, () => new Float32Array(frames));
      for (let f = 0; f < frames; f++) {
        for (let c = 0; c < channelCount; c++) channels[c]![f] = read(body + (f * channelCount + c) * step);
      }
      return { sampleRate, channels };
    }
    at = body + size + (size % 2);
  }
  return undefined;
}

function sampleReader(view: DataView, format: number, bits: number): ((at: number) => number) | undefined {
  if (format === 1 && bits === 16) return (at) => view.getInt16(at, true) / 32768;
  if (format === 1 && bits === 8) return (at) => (view.getUint8(at) - 128) / 128;
  if (format === 1 && bits === 32) return (at) => view.getInt32(at, true) / 2147483648;
  if (format === 3 && bits === 32) return (at) => view.getFloat32(at, true);
  return undefined;
}
