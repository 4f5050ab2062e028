// Runs in: renderer (the studio's chunk). A titled list of like items (the exhibition's quotes, its
// programmes): each in its own numbered group with a Remove button, and an Add button below that
// stops at the list's limit.
import type { ReactNode } from 'react';
import { useCuratorStrings } from './curator-context';

interface RepeatedItemsProps<Item> {
  title: string;
  items: readonly Item[];
  /** At most this many: the Add button is disabled at the limit. */
  max: number;
  addLabel: string;
  /** The group's legend for the item at this position (0-based). */
  legend(index: number): string;
  itemKey(item: Item, index: number): string | number;
  newItem(items: readonly Item[]): Item;
  onChange(items: Item[]): void;
  children(item: Item, index: number): ReactNode;
}

export function RepeatedItems<Item>(props: RepeatedItemsProps<Item>) {
  const { strings } = useCuratorStrings();
  const { items, onChange } = props;
  return (
    <>
      <h3 className="studio-form__group-title">{props.title}</h3>
      {items.map((item, index) => (
        <fieldset key={props.itemKey(item, index)} className="studio-form__item">
          <legend>{props.legend(index)}</legend>
          {props.children(item, index)}
          <button
            type="button"
            className="studio-button studio-button--quiet"
            onClick={() => onChange(items.filter((_, at) => at !== index))}
          >
            {strings.removeItem}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="studio-button studio-button--add"
        disabled={items.length >= props.max}
        onClick={() => onChange([...items, props.newItem(items)])}
      >
        <span aria-hidden="true">+</span> {props.addLabel}
      </button>
    </>
  );
}
