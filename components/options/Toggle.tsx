// A labelled checkbox with an optional hint read out as its description.
import { useId } from 'preact/hooks';

interface ToggleProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Toggle({ label, hint, checked, onChange }: ToggleProps) {
  const hintId = useId();
  return (
    <label class="cp-toggle">
      <input
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>
        {label}
        {hint && (
          <span id={hintId} class="cp-hint">
            {hint}
          </span>
        )}
      </span>
    </label>
  );
}
