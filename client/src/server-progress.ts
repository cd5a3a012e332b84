/**
 * Runs a long server request under a cancellable progress notification: the server reports
 * work-done progress on a token the client makes up, and cancelling the notification cancels
 * the request.
 */
import { randomUUID } from 'node:crypto';
import { ProgressLocation, window } from 'vscode';
import { WorkDoneProgress, type LanguageClient, type RequestType, type WorkDoneProgressParams } from 'vscode-languageclient/node';

export function withServerProgress<R>(client: LanguageClient, title: string, request: RequestType<WorkDoneProgressParams, R, void>): Thenable<R> {
  return window.withProgress({ location: ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const workDoneToken = randomUUID();
    let reported = 0;
    const subscription = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind === 'end') return;
      const percentage = value.percentage ?? reported;
      progress.report({ message: value.message, increment: Math.max(0, percentage - reported) });
      reported = Math.max(reported, percentage);
    });
    try {
      return await client.sendRequest(request, { workDoneToken }, token);
    } finally {
      subscription.dispose();
    }
  });
}
