using Microsoft.Playwright;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// One Playwright driver and one headless Chromium (the system's, at <see cref="BrowserRequirement.ChromiumPath"/>) for the
/// collection. Launched on first use, so a run where every browser test is skipped never tries to start a browser.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private static readonly object CleanUpGate = new();
    private static bool screenshotsCleared;

    private readonly SemaphoreSlim gate = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Full-page screenshots of every page the tests visit, and FAILED-&lt;test&gt;.png on failure.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public Task InitializeAsync()
    {
        // Screenshots from an earlier run (a stale FAILED-*.png in particular) would mislead. Cleared once per test
        // run, not per collection: each collection has its own BrowserHost, and collections run in parallel, so a
        // later collection starting must not delete the screenshots an earlier one has already taken.
        lock (CleanUpGate)
        {
            if (!screenshotsCleared)
            {
                if (Directory.Exists(ScreenshotFolder))
                {
                    foreach (var file in Directory.EnumerateFiles(ScreenshotFolder, "*.png")) File.Delete(file);
                }

                screenshotsCleared = true;
            }

            Directory.CreateDirectory(ScreenshotFolder);
        }

        return Task.CompletedTask;
    }

    public async Task<IBrowser> GetBrowserAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (browser is not null) return browser;
            if (!File.Exists(BrowserRequirement.ChromiumPath))
            {
                throw new InvalidOperationException(
                    $"{BrowserRequirement.MissingReason}. Browser tests are not skipped when CI=true, so this is a failure.");
            }

            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = BrowserRequirement.ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            return browser;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        gate.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalProcess>, ICollectionFixture<BrowserHost>
{
    public const string Name = "Portal in a real browser";
}
