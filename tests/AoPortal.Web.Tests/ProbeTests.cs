using AoPortal.Web.Tests.Support;

namespace AoPortal.Web.Tests;

public sealed class ProbeTests
{
    [Fact]
    public async Task Probe()
    {
        await using var factory = new PortalFactory();
        var client = factory.CreatePortalClient();
        var r = await client.GetAsync("/sign-in");
        File.WriteAllText("/tmp/probe-signin.html", await r.Content.ReadAsStringAsync());
        File.WriteAllText("/tmp/probe-signin-headers.txt", r.ToString());
        var s = await client.TrySignInAsync(DemoAccounts.Admin, DemoAccounts.Password);
        File.WriteAllText("/tmp/probe-signin-post.txt", s.ToString() + "\n" + await s.Content.ReadAsStringAsync());
        var home = await client.GetAsync("/admin/users/new");
        File.WriteAllText("/tmp/probe-usersnew.html", await home.Content.ReadAsStringAsync());
        var created = await client.PostFormAsync("/admin/users/new", "form[action='/admin/users/new']", Fields.Of(("Form.DisplayName", "Probe Person"), ("Form.Email", "probe@example.test"), ("Form.Roles", "Assessor")));
        File.WriteAllText("/tmp/probe-created.txt", created.ToString() + "\n" + await created.Content.ReadAsStringAsync());
        foreach (var f in Directory.GetFiles(factory.MailFolder)) File.Copy(f, "/tmp/probe-" + Path.GetFileName(f), true);
        File.WriteAllText("/tmp/probe-root.txt", factory.RootFolder + "\n" + string.Join("\n", Directory.GetFileSystemEntries(factory.RootFolder, "*", SearchOption.AllDirectories)));
    }
}
