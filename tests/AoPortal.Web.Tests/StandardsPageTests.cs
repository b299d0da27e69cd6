using AoPortal.Web.Tests.Support;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class StandardsPageTests(PortalFactory factory)
{
    [Fact]
    public async Task The_standards_page_lists_the_eight_standards_part_two_and_the_licence()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Candidate);

        var page = await client.GetPageAsync("/standards");

        Assert.Equal("Teachers’ Standards", PageAssert.Heading(page));
        for (var n = 1; n <= 8; n++)
        {
            var heading = page.GetElementById($"TS{n}");
            Assert.NotNull(heading);
            Assert.Equal("h3", heading.LocalName);
            Assert.StartsWith($"TS{n}: ", heading.TextContent.Trim());
        }

        Assert.Equal("TS1: Set high expectations which inspire, motivate and challenge pupils", page.GetElementById("TS1")!.TextContent.Trim());
        Assert.Equal("TS8: Fulfil wider professional responsibilities", page.GetElementById("TS8")!.TextContent.Trim());
        Assert.Null(page.GetElementById("TS9"));
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent.Contains("Part Two: Personal and professional conduct"));
        Assert.Contains("Open Government Licence", page.GetElementById("attribution")?.TextContent);
        Assert.Contains("Department for Education", page.GetElementById("attribution")?.TextContent);
    }
}
