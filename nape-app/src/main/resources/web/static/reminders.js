// Show the reminders of the running loop in any open page: a banner with start, snooze and skip,
// and a browser notification when the person has allowed them. The server pushes reminders as
// server-sent events; answers go back as JSON, from this page's own origin.

const banner = document.createElement("section");
banner.className = "reminder";
banner.setAttribute("aria-live", "assertive");
banner.setAttribute("aria-label", "Reminder");
banner.hidden = true;
document.body.prepend(banner);

function button(label, onClick, primary) {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  if (primary) element.className = "primary";
  element.addEventListener("click", onClick);
  return element;
}

async function answer(kind) {
  const response = await fetch("/api/reminders/answer", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ answer: kind }),
  });
  return response.ok;
}

function show(reminder) {
  banner.replaceChildren();
  const text = document.createElement("p");
  text.textContent = reminder.headline + (reminder.lateMinutes > 0 ? " (planned for " + reminder.at.slice(11, 16) + ")" : "");
  banner.append(text);
  const actions = document.createElement("div");
  actions.className = "reminder-actions";
  actions.append(
    button("Start now", async () => {
      await answer("done");
      window.location.assign("/session/" + encodeURIComponent(reminder.routine) + "?level=" + encodeURIComponent(reminder.level));
    }, true),
    button("Snooze 5 min", () => answer("snooze-5").then(hide)),
    button("Snooze 10 min", () => answer("snooze-10").then(hide)),
    button("Snooze 15 min", () => answer("snooze-15").then(hide)),
    button("Skip", () => answer("skip").then(hide)),
  );
  if ("Notification" in window && Notification.permission === "default") {
    actions.append(button("Allow notifications", () => Notification.requestPermission()));
  }
  banner.append(actions);
  banner.hidden = false;
  if ("Notification" in window && Notification.permission === "granted" && document.hidden) {
    new Notification("Nape", { body: reminder.headline, tag: "nape-reminder" });
  }
}

function hide() {
  banner.hidden = true;
  banner.replaceChildren();
}

if ("EventSource" in window) {
  const events = new EventSource("/api/reminders/events");
  events.addEventListener("reminder", (event) => show(JSON.parse(event.data)));
  events.addEventListener("answered", hide);
}
