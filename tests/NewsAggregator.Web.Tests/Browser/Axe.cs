using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace NewsAggregator.Web.Tests.Browser;

/// <summary>
/// axe-core, fetched with npm into a cache beside the test output on first use (nothing of it is
/// committed), and run inside a page. Fails loudly when npm is missing rather than skipping.
/// </summary>
public static class Axe
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static string? _script;

    public static async Task<IReadOnlyList<AxeViolation>> FindSeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = await ScriptAsync() });
        var json = await page.EvaluateAsync<string>(
            """
            async () => {
                const result = await axe.run(document, { resultTypes: ['violations'] });
                return JSON.stringify(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })));
            }
            """);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json)!;
    }

    private static async Task<string> ScriptAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _script ??= await File.ReadAllTextAsync(await EnsureInstalledAsync());
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> EnsureInstalledAsync()
    {
        var cache = Path.Combine(AppContext.BaseDirectory, "axe-cache");
        var script = Path.Combine(cache, "node_modules", "axe-core", "axe.min.js");
        if (File.Exists(script))
        {
            return script;
        }

        Directory.CreateDirectory(cache);
        var start = new ProcessStartInfo("npm", ["install", "--prefix", cache, "--no-audit", "--no-fund", "--no-save", "axe-core@4"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("The accessibility tests need npm to fetch axe-core (apt-get install npm).", ex);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0 || !File.Exists(script))
            {
                throw new InvalidOperationException($"npm install axe-core@4 failed (exit {process.ExitCode}): {await error}");
            }
        }

        return script;
    }
}

public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Impact} {Id}: {Help} at {string.Join(", ", Targets)}";
}
