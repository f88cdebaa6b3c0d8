/** Small drawn icons for the toolbar (no icon font or emoji font is assumed on the machine). */
function ToolIcon({ path }: { path: string }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={path} />
    </svg>
  );
}

export const LinkIcon = () => <ToolIcon path="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.8 2.8 0 014 4L11 8.5M9 11.5l-1.2 1.2a2.8 2.8 0 01-4-4L5 7.5" />;
export const UndoIcon = () => <ToolIcon path="M5 4L2 7l3 3M2 7h7.5a4 4 0 010 8H7" />;
export const RedoIcon = () => <ToolIcon path="M11 4l3 3-3 3M14 7H6.5a4 4 0 000 8H9" />;
export const TableIcon = () => <ToolIcon path="M2 3h12v10H2zM2 6.5h12M2 10h12M6 3v10M10 3v10" />;
export const ImageIcon = () => <ToolIcon path="M2 3h12v10H2zM2 11l3.5-3.5 3 3 2-2L14 12M10.5 6.5h.01" />;
export const SearchIcon = () => <ToolIcon path="M7 12A5 5 0 107 2a5 5 0 000 10zM10.5 10.5L14 14" />;
export const KeyboardIcon = () => <ToolIcon path="M1.5 4h13v8h-13zM4 7h.01M6.5 7h.01M9 7h.01M11.5 7h.01M5 9.5h6" />;
