using AoPortal.Web.Infrastructure;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>Answers carrying invisible control or direction characters are refused on the field, whatever the form.</summary>
[Collection(PortalCollection.Name)]
public sealed class HiddenCharactersTests(PortalFactory factory)
{
    [Theory]
    [InlineData("Evil\u202Eloohcs")]
    [InlineData("Bell\u0007School")]
    [InlineData("Escape\u001B[31mSchool")]
    public async Task A_school_name_with_hidden_characters_is_refused_on_its_field_and_nothing_is_saved(string name)
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var before = await factory.WithDbAsync(db => db.Schools.CountAsync());

        using var response = await admin.PostFormAsync("/admin/schools/new", "form[action='/admin/schools/new']", Fields.Of(
            ("Form.Name", name), ("Form.Country", "England"), ("Form.Urn", Random.Shared.Next(200000, 999999).ToString()), ("Form.Phase", "Primary"),
            ("Form.LocalAuthority", "Leeds"), ("Form.Postcode", "LS1 1AA")));

        PageAssert.ErrorSummaryLists(await response.ReadPageAsync(), HiddenCharactersFilter.Message);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Schools.CountAsync()));
    }

    [Theory]
    [InlineData('\t', false)]
    [InlineData('\n', false)]
    [InlineData('\r', false)]
    [InlineData('é', false)]
    [InlineData('\u200D', false)] // the zero-width joiner some scripts and emoji need
    [InlineData('\0', true)]
    [InlineData('\u007F', true)]
    [InlineData('\u0085', true)]
    [InlineData('\u202A', true)]
    [InlineData('\u2069', true)]
    public void Tabs_line_breaks_and_letters_pass_and_controls_and_direction_overrides_do_not(char c, bool hidden) =>
        Assert.Equal(hidden, HiddenCharactersFilter.IsHidden(c));
}
