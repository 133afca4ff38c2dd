'use client'
/**
 * Every date field of the admin (set by src/cms/shared/fields/dutchDates.ts): typed as `15-12-2026
 * 14:00`, shown the same way, always in Amsterdam time, also when the browser or the server is
 * in another time zone. Payload's picker (react-datepicker) is kept for the calendar, but what
 * is typed is read by domain/dates/dutchDate: a text that is no date stays in the field with the
 * reason under it, and the server refuses to save it, instead of guessing (its fallback turned
 * "15-12-2026 14:00" into 1 January 2026).
 */
import { DatePicker, FieldDescription, FieldError, FieldLabel, fieldBaseClass, useField, withCondition } from '@payloadcms/ui'
import type { DateFieldClientProps } from 'payload'
import { useCallback, useMemo, useState, type ChangeEvent } from 'react'
import {
  amsterdamWallClock,
  DUTCH_DATE_FORMAT,
  DUTCH_DATE_TIME_FORMAT,
  dutchDatePlaceholder,
  formatDutchDate,
  instantOfWallClock,
  parseDutchDate,
} from '../../../domain/dates/dutchDate'

type Validate = (value: unknown, options: unknown) => string | true | undefined | Promise<string | true | undefined>

function DutchDateFieldComponent(props: DateFieldClientProps) {
  const { field, path: pathFromProps, readOnly } = props
  const dateConfig = (field.admin?.date ?? {}) as { pickerAppearance?: string; timeIntervals?: number }
  const appearance = dateConfig.pickerAppearance ?? 'dayAndTime'
  const options = useMemo(() => ({ time: appearance !== 'dayOnly' && appearance !== 'monthOnly' }), [appearance])
  // Text typed but not (yet) a date: shown as typed, with the reason, until it is fixed.
  const [draft, setDraft] = useState<string | null>(null)
  const problem = useMemo(() => {
    if (draft === null) return undefined
    const parsed = parseDutchDate(draft, options)
    return parsed.ok ? undefined : parsed.message
  }, [draft, options])

  const fromProps = (props as { validate?: Validate }).validate
  const validate = useCallback(
    (value: unknown, validateOptions: unknown) => {
      if (problem) return problem
      return typeof fromProps === 'function' ? fromProps(value, { ...(validateOptions as object), required: field.required }) : undefined
    },
    [problem, fromProps, field.required],
  )
  const { value, setValue, showError, disabled, path } = useField<string | null>({
    potentiallyStalePath: pathFromProps,
    // useField wants Payload's Validate with its full options type; this wrapper only passes them on.
    validate: validate as never,
  })
  const locked = Boolean(readOnly || disabled)

  // react-datepicker shows (and returns) dates in the browser's own time zone: hand it a date
  // whose local clock reads the Amsterdam time, and read a picked date's clock back the same way.
  const selected = useMemo(() => {
    const wall = amsterdamWallClock(value)
    return wall ? new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) : null
  }, [value])

  const onPicked = (date: Date | null, event?: { target?: unknown }) => {
    if (locked) return
    // Typing is read by onChangeRaw; this is the calendar, the time list or the clear button.
    if (typeof HTMLInputElement !== 'undefined' && event?.target instanceof HTMLInputElement) return
    setDraft(null)
    if (!date) return setValue(null)
    const wall = { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: date.getHours(), minute: date.getMinutes() }
    setValue(instantOfWallClock(wall, options).toISOString())
  }

  const onTyped = (event?: unknown) => {
    const target = (event as ChangeEvent<HTMLInputElement> | undefined)?.target
    if (locked || !(typeof HTMLInputElement !== 'undefined' && target instanceof HTMLInputElement)) return
    const text = target.value
    setDraft(text)
    const parsed = parseDutchDate(text, options)
    // The admin's form is judged by the server, not in the browser: an unreadable text goes to
    // the server as typed, which refuses it at this field (fields/dutchDates), so it is never saved.
    const next = parsed.ok ? parsed.iso : text
    if (next !== (value ?? null)) setValue(next)
  }

  const onBlur = () => {
    // A readable text is shown in the one format from now on; an unreadable one stays as typed.
    if (draft !== null && !problem) setDraft(null)
  }

  const shown = draft ?? formatDutchDate(value, options)
  const format = options.time ? DUTCH_DATE_TIME_FORMAT : DUTCH_DATE_FORMAT
  const inputId = `field-${path.replace(/\./g, '__')}`

  return (
    <div
      className={[fieldBaseClass, 'date-time-field', 'dutch-date-field', (showError || problem) && 'date-time-field--has-error', locked && 'read-only']
        .filter(Boolean)
        .join(' ')}
    >
      <FieldLabel label={field.label} path={path} required={field.required} />
      <div className={`${fieldBaseClass}__wrap`} id={inputId}>
        <FieldError path={path} showError={showError && !problem} />
        <DatePicker
          pickerAppearance={appearance === 'dayOnly' ? 'dayOnly' : 'dayAndTime'}
          displayFormat={format}
          timeFormat="HH:mm"
          timeIntervals={dateConfig.timeIntervals ?? 15}
          placeholder={dutchDatePlaceholder(options)}
          readOnly={locked}
          value={value ?? undefined}
          onChange={(date) => onPicked(date ?? null)}
          overrides={{
            selected,
            value: shown,
            dateFormat: format,
            strictParsing: true,
            timeCaption: 'Tijd',
            // react-datepicker types these per mode (single, range, multiple); the picker here is always single.
            onChange: onPicked as never,
            onChangeRaw: onTyped as never,
            onBlur,
            ariaInvalid: problem ? 'true' : undefined,
            ariaDescribedBy: problem ? `${inputId}-probleem` : undefined,
          }}
        />
        {problem && (
          <p className="dutch-date-field__problem" id={`${inputId}-probleem`} role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.4rem 0 0' }}>
            {problem}
          </p>
        )}
      </div>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}

export const DutchDateField = withCondition(DutchDateFieldComponent)
