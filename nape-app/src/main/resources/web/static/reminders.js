// Show the reminders of the running loop in any open page: a banner fixed at the top with start,
// snooze and skip, the tab's title changed while it waits, a short tone, and a browser notification
// when the person has allowed them. The server pushes reminders as server-sent events; answers go
// back as JSON, from this page's own origin. Start is offered only when the gate allows the routine.

import { tone } from "/static/tone.js";

// The banner's words, from the page's bundle: each a pattern whose {name} parts are filled here.
const texts = JSON.parse(document.body.dataset.reminderTexts || "{}");
const words = (key, values = {}) =>
  (texts[key] ?? key).replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));

const banner = document.createElement("section");
banner.className = "reminder";
banner.setAttribute("aria-live", "assertive");
banner.setAttribute("aria-label", words("label"));
banner.hidden = true;
document.body.prepend(banner);

const pageTitle = document.title;
let shown = 0;

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

async function json(path) {
  try {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

// A micro-break cut from the isometric complex is named by its planned time, so the player plays
// exactly its exercises.
function breakAt(reminder) {
  return reminder.routine === "desk-break" ? "&at=" + encodeURIComponent(reminder.at) : "";
}

async function show(reminder) {
  const mine = ++shown;
  const [routine, allowed] = await Promise.all([
    json("/api/routines/" + encodeURIComponent(reminder.routine)),
    json("/api/sessions/allowed?routine=" + encodeURIComponent(reminder.routine) + breakAt(reminder)),
  ]);
  if (mine !== shown) return;
  const name = routine && routine.routine && routine.routine.name ? routine.routine.name : reminder.routine;
  const kind = texts[`kind.${reminder.kind}`];
  // A micro-break cut from the complex says which exercises it holds, in the page's language.
  const holds = reminder.holds ? reminder.holds[document.documentElement.lang] : undefined;
  const headline = kind && holds
    ? words("headlineBreak", { kind, holds })
    : kind
    ? words("headline", { kind, routine: name, minutes: reminder.minutes })
    : reminder.headline.split(reminder.routine).join(name);
  banner.replaceChildren();
  const text = document.createElement("p");
  text.textContent = reminder.lateMinutes > 0
    ? words("late", { headline, time: reminder.at.slice(11, 16) })
    : headline;
  banner.append(text);
  const mayStart = allowed !== null && allowed.allowed === true;
  if (!mayStart) {
    const refused = document.createElement("p");
    refused.className = "refused";
    refused.textContent = allowed && allowed.message
      ? allowed.message
      : words("refused");
    banner.append(refused);
  }
  const actions = document.createElement("div");
  actions.className = "reminder-actions";
  if (mayStart) {
    actions.append(button(words("start"), async () => {
      await answer("done");
      restoreTitle();
      window.location.assign("/session/" + encodeURIComponent(reminder.routine) + "?level=" + encodeURIComponent(reminder.level) + breakAt(reminder));
    }, true));
  }
  actions.append(
    button(words("snooze", { minutes: 5 }), () => answer("snooze-5").then(hide)),
    button(words("snooze", { minutes: 10 }), () => answer("snooze-10").then(hide)),
    button(words("snooze", { minutes: 15 }), () => answer("snooze-15").then(hide)),
    button(words("skip"), () => answer("skip").then(hide)),
  );
  if ("Notification" in window && Notification.permission === "default") {
    actions.append(button(words("allowNotifications"), () => Notification.requestPermission()));
  }
  banner.append(actions);
  banner.hidden = false;
  document.body.classList.add("has-reminder");
  document.title = "\u23F0 " + headline + " \u00B7 Nape";
  tone();
  if ("Notification" in window && Notification.permission === "granted" && document.hidden) {
    new Notification("Nape", { body: headline, tag: "nape-reminder" });
  }
}

function restoreTitle() {
  document.title = pageTitle;
}

function hide() {
  shown++;
  banner.hidden = true;
  banner.replaceChildren();
  document.body.classList.remove("has-reminder");
  restoreTitle();
}

if ("EventSource" in window) {
  const events = new EventSource("/api/reminders/events");
  events.addEventListener("reminder", (event) => show(JSON.parse(event.data)));
  events.addEventListener("answered", hide);
}
