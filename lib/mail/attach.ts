/**
 * Handing files to a webmail compose the way a user's drag and drop does. Webmails have no API a
 * content script may call: Gmail takes files dropped on its drop zones, Outlook on the web from its
 * file input or a drop on the body. Synthetic drag events are not trusted events; both accept them
 * today, and the caller checks that an attachment chip appeared, so the day one stops, the user is
 * told instead of the file going missing.
 */

/** A DataTransfer holding `files`, as a drag from the desktop carries them. */
export function filesTransfer(files: readonly File[]): DataTransfer {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data;
}

/** A bubbling, cancelable drag event carrying `data` (a plain Event with the property where DragEvent is missing, as in test DOMs). */
export function dragEvent(doc: Document, type: 'dragenter' | 'dragover' | 'drop' | 'dragend' | 'dragleave', data: DataTransfer): Event {
  const Drag = (doc.defaultView as (Window & { DragEvent?: typeof DragEvent }) | null)?.DragEvent;
  let event: Event;
  try {
    event = Drag
      ? new Drag(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: data })
      : new Event(type, { bubbles: true, cancelable: true });
  } catch {
    event = new Event(type, { bubbles: true, cancelable: true });
  }
  if ((event as DragEvent).dataTransfer !== data) Object.defineProperty(event, 'dataTransfer', { value: data });
  return event;
}

/** Checks `done` every `every` ms, at most `tries` times: true as soon as it holds. Bounded by a count, never open-ended. */
export function waitUntil(view: Window | null, done: () => boolean, tries: number, every: number): Promise<boolean> {
  return new Promise((resolve) => {
    let left = tries;
    const check = () => {
      if (done()) return resolve(true);
      if (--left <= 0 || !view) return resolve(false);
      view.setTimeout(check, every);
    };
    check();
  });
}

/** Whether box `inner` lies within `outer` (a pixel of slack; a full-screen compose's zone may run past its bottom). */
export function liesWithin(inner: DOMRect, outer: DOMRect): boolean {
  return inner.top >= outer.top - 1 && inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
}
