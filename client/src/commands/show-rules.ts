/**
 * "MoJ Secure Code: Show Rules": every rule in a quick pick, grouped by area and ordered by
 * severity within it; picking one opens its documentation.
 */
import { QuickPickItemKind, window, type QuickPickItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ListRulesRequest, type RuleSummary } from '../protocol';
import { showRuleDocumentation } from './rule-documentation';

const SEVERITY_ORDER: readonly RuleSummary['severity'][] = ['critical', 'high', 'medium', 'low', 'info'];
const SEVERITY_ICON: Readonly<Record<RuleSummary['severity'], string>> = {
  critical: '$(error)',
  high: '$(error)',
  medium: '$(warning)',
  low: '$(info)',
  info: '$(lightbulb)',
};

interface RuleItem extends QuickPickItem {
  readonly ruleId?: string;
}

function ruleItems(rules: readonly RuleSummary[]): RuleItem[] {
  const areas = [...new Set(rules.map((rule) => rule.area))].sort();
  return areas.flatMap((area) => [
    { label: area, kind: QuickPickItemKind.Separator },
    ...rules
      .filter((rule) => rule.area === area)
      .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.id.localeCompare(b.id))
      .map((rule) => ({
        label: `${SEVERITY_ICON[rule.severity]} ${rule.title}`,
        description: rule.id,
        detail: `${rule.severity} severity · ${rule.confidence} confidence`,
        ruleId: rule.id,
      })),
  ]);
}

export async function showRules(client: LanguageClient): Promise<void> {
  const rules = await client.sendRequest(ListRulesRequest);
  const picked = await window.showQuickPick(ruleItems(rules), { title: 'MoJ Secure Code rules', placeHolder: 'Type an area, a severity or a rule name', matchOnDescription: true, matchOnDetail: true });
  if (picked?.ruleId !== undefined) await showRuleDocumentation(picked.ruleId, window.activeTextEditor?.document.uri.toString());
}
