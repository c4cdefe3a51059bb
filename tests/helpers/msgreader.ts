// msgreader used directly, independently of our reader, to check what the corpus files hold.

import type { FieldsData } from '@kenjiuno/msgreader';

import { MsgReader } from '../../electron/readers/msg-reader';

export function fieldsByMsgreader(bytes: Buffer): FieldsData {
  return new MsgReader(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  ).getFileData();
}
