import { CSRF_HEADER } from "@attune/shared";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { newPerson } from "./browser.ts";
import type { Person } from "./people.ts";
import { uniqueEmail } from "./people.ts";

/**
 * A JSON request with this person's cookies, from outside any page (the context's own
 * request client shares the context's cookie jar), with the CSRF header. Use it for set-up
 * a test does not check, and when no page is open at the app's origin.
 */
export async function apiAs<T>(who: Pick<Person, "context">, method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
  const res = await who.context.request.fetch(path, {
    method,
    headers: { accept: "application/json", [CSRF_HEADER]: "1" },
    ...(body === undefined ? {} : { data: body }),
    failOnStatusCode: false,
  });
  const text = await res.text();
  return { status: res.status(), data: (text ? JSON.parse(text) : null) as T };
}

/** Like apiAs, but throws (with the server's answer) unless the status is the one expected. */
export async function apiOk<T>(
  who: Pick<Person, "context">,
  method: string,
  path: string,
  body?: unknown,
  status = method === "POST" ? [200, 201] : [200],
): Promise<T> {
  const res = await apiAs<T>(who, method, path, body);
  if (!status.includes(res.status)) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.data)}`);
  return res.data;
}

export interface ApiSignUpOptions {
  password?: string;
  viewport?: { width: number; height: number };
  /** A therapist's account (it needs a practice name). */
  therapist?: { practiceName: string };
}

/** Someone signed up through the API: their own browser context (cookies), and a page only once a test asks for one (pageOf). */
export type Account = Omit<Person, "page">;

const pages = new WeakMap<BrowserContext, Promise<Page>>();

/**
 * The person's page, opened on first use and the same one after. A page is a renderer of its
 * own and its set-up (~0.8 s a page in daily-loop and therapist, DEBUG=pw:api): people in a
 * test's set-up who only act through the API (apiAs, apiOk) never needed one.
 */
export function pageOf(person: Pick<Person, "context">): Promise<Page> {
  let page = pages.get(person.context);
  if (!page) {
    page = person.context.newPage();
    pages.set(person.context, page);
  }
  return page;
}

/**
 * A new person signed up through the API (no form: for tests where signing up is not what
 * they check), in a fresh browser context, without a page yet: `await pageOf(person)` opens it.
 *
 * @example const ana = await accountByApi(browser, server.url, "Ana");
 */
export async function accountByApi(browser: Browser, baseURL: string, name: string, options: ApiSignUpOptions = {}): Promise<Account> {
  const context: BrowserContext = await newPerson(browser, baseURL, options.viewport ? { viewport: options.viewport } : {});
  return signUpInContext(context, name, options);
}

/** Signs `name` up through the API in this context's cookie jar (a context of the test's own making, e.g. a real profile). */
export async function signUpInContext(context: BrowserContext, name: string, options: Omit<ApiSignUpOptions, "viewport"> = {}): Promise<Account> {
  const person = { name, email: uniqueEmail(name.replace(/[^a-z0-9]+/gi, "")), password: options.password ?? "a quiet harbour at noon", context };
  await apiOk(person, "POST", "/api/auth/signup", {
    email: person.email,
    displayName: name,
    password: person.password,
    ...(options.therapist ? { role: "therapist", practiceName: options.therapist.practiceName } : {}),
  });
  return person;
}

/**
 * Like accountByApi, with a blank page open: `page.goto("/")` opens the app signed in.
 *
 * @example const ana = await signUpByApi(browser, server.url, "Ana");
 */
export async function signUpByApi(browser: Browser, baseURL: string, name: string, options: ApiSignUpOptions = {}): Promise<Person> {
  const account = await accountByApi(browser, baseURL, name, options);
  return { ...account, page: await pageOf(account) };
}

/** Two accounts made through the API and linked as a couple (the first invites, the second accepts), without pages yet (pageOf). */
export async function coupleAccountsByApi(
  browser: Browser,
  baseURL: string,
  names: [string, string] = ["Ana", "Ben"],
  options: [ApiSignUpOptions?, ApiSignUpOptions?] = [],
): Promise<[Account, Account]> {
  const [a, b] = await Promise.all([accountByApi(browser, baseURL, names[0], options[0]), accountByApi(browser, baseURL, names[1], options[1])]);
  const invite = await apiOk<{ code: string }>(a, "POST", "/api/invites");
  await apiOk(b, "POST", `/api/invites/${invite.code}/accept`);
  return [a, b];
}

/** Two people signed up and linked through the API, each with a blank page open. */
export async function coupleByApi(
  browser: Browser,
  baseURL: string,
  names: [string, string] = ["Ana", "Ben"],
  options: [ApiSignUpOptions?, ApiSignUpOptions?] = [],
): Promise<[Person, Person]> {
  const [a, b] = await coupleAccountsByApi(browser, baseURL, names, options);
  const [pageA, pageB] = await Promise.all([pageOf(a), pageOf(b)]);
  return [
    { ...a, page: pageA },
    { ...b, page: pageB },
  ];
}
