/** Task-pane entry (placeholder until the task pane lands): waits for Office, then shows that it is ready. */
void Office.onReady(() => {
  const app = document.getElementById("app");
  if (app) app.textContent = "Piano della performance: pronto / ready";
});
