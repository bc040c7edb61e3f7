/**
 * The height left for an element from where it starts down to the bottom of the window, minus
 * `reserve` px below it; follows the window's size. For virtual tables, whose body needs a number.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export function useFillHeight<T extends HTMLElement>(
  reserve: number,
  min = 240,
): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState(min);
  useLayoutEffect(() => {
    const measure = () => {
      const top = (ref.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - reserve)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [reserve, min]);
  return [ref, height];
}
