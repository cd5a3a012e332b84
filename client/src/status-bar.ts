/**
 * A status bar item with the workspace's MoJ Secure Code finding counts; a click opens the
 * Problems panel. Counts come from the diagnostics the editor holds, whoever delivered them.
 */
import { DiagnosticSeverity, languages, StatusBarAlignment, window, type Disposable } from 'vscode';

/** The `source` the server sets on every diagnostic. */
const DIAGNOSTIC_SOURCE = 'MoJ Secure Code';

interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly others: number;
}

function countFindings(): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const [, diagnostics] of languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      if (diagnostic.severity === DiagnosticSeverity.Error) errors++;
      else if (diagnostic.severity === DiagnosticSeverity.Warning) warnings++;
      else others++;
    }
  }
  return { errors, warnings, others };
}

export function createStatusBar(): Disposable {
  const item = window.createStatusBarItem('mojSecureCode.findings', StatusBarAlignment.Left, 0);
  item.name = 'MoJ Secure Code findings';
  item.command = 'workbench.actions.view.problems';
  const update = (): void => {
    const counts = countFindings();
    item.text = `$(shield) ${counts.errors} $(error) ${counts.warnings} $(warning)`;
    item.tooltip = `MoJ Secure Code: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.others, 'other finding')}. Click to open Problems.`;
  };
  update();
  item.show();
  const subscription = languages.onDidChangeDiagnostics(update);
  return {
    dispose: () => {
      subscription.dispose();
      item.dispose();
    },
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
