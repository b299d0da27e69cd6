using System.Text;
using AoPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AoPortal.Web.Tests.Performance;

/// <summary>
/// Issue 9: no synchronous I/O on request paths. Kestrel refuses it in production, and the test server refuses it too, so a
/// page that read or wrote a stream synchronously would fail its web tests (and <see cref="PageQueryCountTests"/> fails a
/// page that queries the database synchronously). A probe in front of the portal writes synchronously to show the refusal.
/// </summary>
public sealed class SynchronousIoTests(SynchronousIoTests.PortalWithProbe portal) : IClassFixture<SynchronousIoTests.PortalWithProbe>
{
    public sealed class PortalWithProbe : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync()
        {
            // No demo data: the probe answers before the portal and reads nothing.
            Factory.Settings["Demo:Seed"] = "false";
            Factory.TestServices.Add(services => services.AddSingleton<IStartupFilter, SynchronousWriteProbe>());
            return Task.CompletedTask;
        }

        public Task DisposeAsync() => Factory.DisposeAsync().AsTask();
    }

    [Fact]
    public async Task A_synchronous_write_on_a_request_path_fails()
    {
        var client = portal.Factory.CreateClient();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync(SynchronousWriteProbe.Path));

        Assert.Contains("Synchronous operations are disallowed", refused.Message);
    }

    [Fact]
    public void Kestrel_and_the_test_server_both_refuse_synchronous_IO()
    {
        Assert.False(portal.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AllowSynchronousIO);
        Assert.False(portal.Factory.Server.AllowSynchronousIO);
    }

    /// <summary>Answers <see cref="Path"/> by writing to the response synchronously, outside the portal's error handling.</summary>
    private sealed class SynchronousWriteProbe : IStartupFilter
    {
        public const string Path = "/test-only/synchronous-write";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path != Path)
                {
                    await nextMiddleware(context);
                    return;
                }

                context.Response.Body.Write(Encoding.UTF8.GetBytes("written synchronously"));
            });
            next(app);
        };
    }
}
