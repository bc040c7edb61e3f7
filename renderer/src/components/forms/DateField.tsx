/**
 * The one date box of the forms: dd/mm/yyyy typed or picked. Enter after typing a date takes it
 * and closes the calendar, as Enter in an open list takes the option: it does not also submit the
 * form around it, whose remaining fields (a confirmation, the notes) would then be skipped. With
 * the calendar closed, Enter submits the form as in any other box.
 */
import { DatePicker, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ComponentRef } from 'react';

export const dateFormat = 'DD/MM/YYYY';
export const datePlaceholder = 'dd/mm/yyyy';

export type DateFieldRef = ComponentRef<typeof DatePicker>;

/** One date (not a range, not several). */
export function DateField({ onKeyDown, onOpenChange, ...props }: DatePickerProps<Dayjs, false>) {
  // As of the last render: the picker's own Enter closes the calendar (calling onOpenChange) before
  // onKeyDown runs, so a ref would already say "closed"; this render's state still says "open".
  const [calendarOpen, setCalendarOpen] = useState(false);
  return (
    <DatePicker
      format={dateFormat}
      placeholder={datePlaceholder}
      {...props}
      onOpenChange={(open) => {
        setCalendarOpen(open);
        onOpenChange?.(open);
      }}
      onKeyDown={(event, preventDefault) => {
        onKeyDown?.(event, preventDefault);
        // The picker has taken the typed date already (its input handles Enter before this); only
        // the browser's implicit submission of the form is stopped.
        if (event.key === 'Enter' && calendarOpen) event.preventDefault();
      }}
    />
  );
}
