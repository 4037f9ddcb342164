// One id per test run: the sites that several test files read are built once per run (tests/site/shared-sites.ts).
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    testRunId: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('testRunId', `${process.pid}-${Date.now()}`);
}
