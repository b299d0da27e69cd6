using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AoPortal.Infrastructure.Tests;

/// <summary>
/// ADR-019: keys made by the portal encrypt with AES-256-GCM, and what an older AES-256-CBC key protected (the session
/// cookies of everyone signed in when the change is deployed) still opens.
/// </summary>
public sealed class DataProtectionTests : IDisposable
{
    private const string Purpose = "tests";
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "aoportal-data-protection-tests", Guid.NewGuid().ToString("N"));

    private string KeysFolder => Path.Combine(_contentRoot, "App_Data", "keys");

    [Fact]
    public void A_new_key_encrypts_with_AES_256_GCM()
    {
        using var app = StartApp();
        var protector = app.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

        Assert.Equal("a session", protector.Unprotect(protector.Protect("a session")));
        var key = XDocument.Load(Assert.Single(Directory.GetFiles(KeysFolder, "*.xml")));
        var algorithm = Assert.Single(key.Descendants("encryption")).Attribute("algorithm")?.Value;
        Assert.Equal(nameof(EncryptionAlgorithm.AES_256_GCM), algorithm);
    }

    [Fact]
    public void What_an_older_AES_256_CBC_key_protected_still_opens_and_that_key_stays_in_use_until_it_expires()
    {
        var before = DataProtectionProvider.Create(new DirectoryInfo(KeysFolder), b => b.SetApplicationName("AoPortal")
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_CBC }));
        var cookie = before.CreateProtector(Purpose).Protect("signed in before the change");

        using var app = StartApp();
        var protector = app.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

        Assert.Equal("signed in before the change", protector.Unprotect(cookie));
        Assert.Equal("a new session", protector.Unprotect(protector.Protect("a new session")));
        Assert.Single(Directory.GetFiles(KeysFolder, "*.xml"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot)) Directory.Delete(_contentRoot, recursive: true);
    }

    private ServiceProvider StartApp()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Demo:Seed"] = "false" })
            .Build();
        Directory.CreateDirectory(_contentRoot);
        var environment = new TestHostEnvironment(_contentRoot);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddInfrastructure(configuration, environment);
        return services.BuildServiceProvider();
    }
}
