import { ESLint } from 'eslint';

// A module runs from src/x/y.ts and, compiled, from dist/src/x/y.js: a URL climbing out of its folder ('../../data')
// points elsewhere in the compiled program, so eslint.config.js sends such paths through src/project-root.ts.
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function messages(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/demo/example.ts' });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('paths above a module go through the project root', () => {
  test('refuses new URL("../…", import.meta.url) in src', async () => {
    expect(await messages("export const p = new URL('../../data/demo/x.json', import.meta.url);")).toEqual([
      expect.stringMatching(/no-restricted-syntax: .*projectPath/),
    ]);
  });

  test("allows projectPath() and URLs of the module's own folder", async () => {
    expect(
      await messages(
        "import { projectPath } from '../project-root.js';\nexport const p = projectPath('data', 'demo', 'x.json');",
      ),
    ).toEqual([]);
    expect(await messages("export const w = new URL('./worker.js', import.meta.url);")).toEqual([]);
  });
});
