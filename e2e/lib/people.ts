import type { Browser, BrowserContext, Page } from "playwright-core";
import { newPerson } from "./browser.ts";

export interface Person {
  name: string;
  email: string;
  password: string;
  context: BrowserContext;
  page: Page;
}

let counter = 0;
/** An email no other test run has used ("ana-lx3k9-1@example.test"). */
export const uniqueEmail = (name: string) => `${name.toLowerCase()}-${Date.now().toString(36)}-${++counter}@example.test`;

/**
 * Opens a fresh browser context and signs a new person up through the real sign-up
 * form; resolves once the home screen greets them.
 *
 * @example const ana = await signUpInBrowser(browser, server.url, "Ana");
 */
export async function signUpInBrowser(
  browser: Browser,
  baseURL: string,
  name: string,
  options: { password?: string; path?: string; viewport?: { width: number; height: number } } = {},
): Promise<Person> {
  const context = await newPerson(browser, baseURL, options.viewport ? { viewport: options.viewport } : {});
  const page = await context.newPage();
  const person: Person = { name, email: uniqueEmail(name), password: options.password ?? "a quiet harbour at noon", context, page };
  await page.goto(options.path ?? "/signup");
  await fillSignUp(page, person);
  await page.locator("h1").waitFor();
  return person;
}

/** Fills and submits the sign-up form on the current page; waits until the page has left /signup. */
export async function fillSignUp(page: Page, person: Pick<Person, "name" | "email" | "password">): Promise<void> {
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("What should we call you?").fill(person.name);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signup"));
}

/** Logs in through the form on /login; waits until the page has left /login. */
export async function logInInBrowser(page: Page, person: Pick<Person, "email" | "password">): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
