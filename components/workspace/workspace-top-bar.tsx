"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import type { LabelDef } from "@/lib/client/span-types";
import { iconBtn } from "./toolbar";
import { HelpPopover } from "./help-popover";
import { StatusButton } from "./status-button";
import type { AnnotatorStatus } from "@/lib/domain/projects/annotator-status";

/** Above the text: the way back, the document's header, keys, guidelines and the annotator's status. */
export function WorkspaceTopBar(p: {
  projectId: string;
  documentId: string;
  header: ReactNode;
  labels: LabelDef[];
  helpOpen: boolean;
  onHelp: (open: boolean) => void;
  onToggleGuidelines: () => void;
  status: AnnotatorStatus;
  onStatus: (s: AnnotatorStatus) => void;
  hasSpans: boolean;
  canAnnotate: boolean;
  onError: (message: string) => void;
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
      <div className="min-w-0 flex-1 basis-72">
        <Link href={`/projects/${p.projectId}`} className="text-xs text-slate-500 hover:underline">
          ← Documents
        </Link>
        {p.header}
      </div>
      <div className="flex shrink-0 flex-wrap items-center gap-2 sm:mt-5">
        <div className="relative">
          <button
            type="button"
            className={iconBtn}
            aria-expanded={p.helpOpen}
            onClick={() => p.onHelp(!p.helpOpen)}
            title="Keyboard and mouse (?)"
          >
            Keys <kbd className="ws-kbd">?</kbd>
          </button>
          {p.helpOpen && <HelpPopover labels={p.labels} onClose={() => p.onHelp(false)} />}
        </div>
        <button type="button" className={iconBtn} onClick={p.onToggleGuidelines} title="Guidelines (g)">
          Guidelines <kbd className="ws-kbd">g</kbd>
        </button>
        <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden />
        <StatusButton
          documentId={p.documentId}
          status={p.status}
          onStatus={p.onStatus}
          hasSpans={p.hasSpans}
          disabled={!p.canAnnotate}
          onError={p.onError}
        />
      </div>
    </div>
  );
}
