using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace AoPortal.Infrastructure.Tests;

/// <summary>The host the app's own <c>AddInfrastructure</c> is given in tests that wire it without a web host.</summary>
internal sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Development;
    public string ApplicationName { get; set; } = "AoPortal.Web";
    public string ContentRootPath { get; set; } = contentRoot;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
