using System.Net;
using AoPortal.Web.Tests.Support;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class ErrorPageTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/admin/schools/00000000-0000-0000-0000-000000000000/edit")]
    [InlineData("/admin/users/00000000-0000-0000-0000-000000000000")]
    public async Task An_unknown_address_shows_page_not_found(string path)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Admin);

        var page = await client.GetPageAsync(path, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", PageAssert.Heading(page));
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task The_permission_page_links_home()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Candidate);

        var page = await client.GetPageAsync("/admin/schools", HttpStatusCode.Forbidden);

        Assert.Equal("You do not have permission to see this page", PageAssert.Heading(page));
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }
}
