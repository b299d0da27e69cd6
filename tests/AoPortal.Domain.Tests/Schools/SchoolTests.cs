using AoPortal.Domain.Common;
using AoPortal.Domain.Schools;

namespace AoPortal.Domain.Tests.Schools;

public class SchoolTests
{
    [Fact]
    public void A_school_in_England_is_created_from_valid_details()
    {
        var school = School.Create(new SchoolDetailsBuilder().Build());

        Assert.NotEqual(Guid.Empty, school.Id);
        Assert.Equal("100000", school.Urn);
        Assert.Equal("Riverside Academy", school.Name);
        Assert.Equal(SchoolPhase.Secondary, school.Phase);
        Assert.Equal("Camden", school.LocalAuthority);
        Assert.Equal("NW1 2AB", school.Postcode);
        Assert.Equal("England", school.Country);
        Assert.True(school.IsInEngland);
        Assert.NotEqual(Guid.Empty, school.Version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("12 456")]
    public void A_school_in_England_needs_a_six_digit_urn(string? urn)
    {
        var details = new SchoolDetailsBuilder().WithUrn(urn).Build();

        var error = Assert.Throws<DomainRuleException>(() => School.Create(details));

        Assert.Contains("URN", error.Message);
    }

    [Fact]
    public void A_missing_urn_in_England_is_explained()
    {
        var details = new SchoolDetailsBuilder().WithUrn("12345").Build();

        var error = Assert.Throws<DomainRuleException>(() => School.Create(details));

        Assert.Equal("A school in England needs its 6-digit URN", error.Message);
    }

    [Fact]
    public void A_urn_is_trimmed()
    {
        var school = School.Create(new SchoolDetailsBuilder().WithUrn(" 123456 ").Build());

        Assert.Equal("123456", school.Urn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_school_in_England_needs_a_local_authority(string? localAuthority)
    {
        var details = new SchoolDetailsBuilder().WithLocalAuthority(localAuthority).Build();

        var error = Assert.Throws<DomainRuleException>(() => School.Create(details));

        Assert.Contains("needs its local authority", error.Message);
    }

    [Fact]
    public void An_overseas_school_needs_no_urn_or_local_authority()
    {
        var school = School.Create(new SchoolDetailsBuilder().Overseas("Portugal").Build());

        Assert.Null(school.Urn);
        Assert.Null(school.LocalAuthority);
        Assert.Equal("Portugal", school.Country);
        Assert.False(school.IsInEngland);
    }

    [Theory]
    [InlineData("Portugal")]
    [InlineData("Wales")]
    [InlineData("Scotland")]
    public void A_school_outside_England_is_refused_a_urn(string country)
    {
        var details = new SchoolDetailsBuilder().Overseas(country).WithUrn("123456").Build();

        var error = Assert.Throws<DomainRuleException>(() => School.Create(details));

        Assert.Contains("Only schools in England have a URN", error.Message);
    }

    [Theory]
    [InlineData("england")]
    [InlineData("ENGLAND")]
    [InlineData(" England ")]
    [InlineData("eNgLaNd")]
    public void England_in_any_case_is_normalised(string country)
    {
        var school = School.Create(new SchoolDetailsBuilder().WithCountry(country).Build());

        Assert.Equal("England", school.Country);
        Assert.True(school.IsInEngland);
    }

    [Fact]
    public void A_country_is_required()
    {
        var details = new SchoolDetailsBuilder().WithCountry("  ").Build();

        var error = Assert.Throws<DomainRuleException>(() => School.Create(details));

        Assert.Equal("Enter the country", error.Message);
    }

    [Fact]
    public void The_postcode_is_trimmed_and_upper_cased()
    {
        var school = School.Create(new SchoolDetailsBuilder().WithPostcode("  sw1a 1aa ").Build());

        Assert.Equal("SW1A 1AA", school.Postcode);
    }

    [Fact]
    public void A_postcode_longer_than_20_characters_is_refused()
    {
        var details = new SchoolDetailsBuilder().WithPostcode(new string('A', 21)).Build();

        var error = Assert.Throws<DomainRuleException>(() => School.Create(details));

        Assert.Equal("Postcode must be 20 characters or fewer", error.Message);
    }

    [Fact]
    public void A_local_authority_longer_than_100_characters_is_refused()
    {
        var details = new SchoolDetailsBuilder().WithLocalAuthority(new string('a', 101)).Build();

        var error = Assert.Throws<DomainRuleException>(() => School.Create(details));

        Assert.Equal("Local authority must be 100 characters or fewer", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_postcode_is_stored_as_none(string? postcode)
    {
        var school = School.Create(new SchoolDetailsBuilder().WithPostcode(postcode).Build());

        Assert.Null(school.Postcode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_name_is_required(string name)
    {
        var details = new SchoolDetailsBuilder().WithName(name).Build();

        var error = Assert.Throws<DomainRuleException>(() => School.Create(details));

        Assert.Equal("Enter the school's name", error.Message);
    }

    [Fact]
    public void A_name_may_be_200_characters()
    {
        var school = School.Create(new SchoolDetailsBuilder().WithName(new string('a', 200)).Build());

        Assert.Equal(200, school.Name.Length);
    }

    [Fact]
    public void A_name_longer_than_200_characters_is_refused()
    {
        var details = new SchoolDetailsBuilder().WithName(new string('a', 201)).Build();

        var error = Assert.Throws<DomainRuleException>(() => School.Create(details));

        Assert.Contains("200 characters or fewer", error.Message);
    }

    [Fact]
    public void The_name_is_trimmed()
    {
        var school = School.Create(new SchoolDetailsBuilder().WithName("  Hill Primary  ").Build());

        Assert.Equal("Hill Primary", school.Name);
    }

    [Fact]
    public void An_undefined_phase_is_refused()
    {
        var details = new SchoolDetailsBuilder().WithPhase((SchoolPhase)999).Build();

        var error = Assert.Throws<DomainRuleException>(() => School.Create(details));

        Assert.Equal("Select the school's phase", error.Message);
    }

    [Fact]
    public void Update_changes_the_details_and_the_version_but_not_the_id()
    {
        var school = School.Create(new SchoolDetailsBuilder().Build());
        var id = school.Id;
        var version = school.Version;

        school.Update(new SchoolDetailsBuilder().WithName("Riverside Primary").WithPhase(SchoolPhase.Primary).WithUrn("654321").Build());

        Assert.Equal(id, school.Id);
        Assert.NotEqual(version, school.Version);
        Assert.Equal("Riverside Primary", school.Name);
        Assert.Equal(SchoolPhase.Primary, school.Phase);
        Assert.Equal("654321", school.Urn);
    }

    [Fact]
    public void Update_can_move_a_school_overseas_and_drops_its_urn()
    {
        var school = School.Create(new SchoolDetailsBuilder().Build());

        school.Update(new SchoolDetailsBuilder().Overseas("France").Build());

        Assert.Equal("France", school.Country);
        Assert.Null(school.Urn);
        Assert.Null(school.LocalAuthority);
    }

    [Theory]
    [InlineData("England")]
    [InlineData("Wales")]
    [InlineData("Scotland")]
    [InlineData("Northern Ireland")]
    [InlineData("northern ireland")]
    [InlineData(" wales ")]
    public void The_four_nations_are_in_the_united_kingdom(string country)
    {
        Assert.True(School.IsInUnitedKingdom(country));
    }

    [Theory]
    [InlineData("France")]
    [InlineData("Ireland")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_countries_are_not_in_the_united_kingdom(string? country)
    {
        Assert.False(School.IsInUnitedKingdom(country));
    }

    [Theory]
    [InlineData(SchoolPhase.Primary, "Primary")]
    [InlineData(SchoolPhase.AllThrough, "All-through")]
    [InlineData(SchoolPhase.SixteenPlus, "16 plus")]
    [InlineData(SchoolPhase.Special, "Special school")]
    [InlineData(SchoolPhase.EarlyYearsSetting, "Early years setting")]
    public void Each_phase_has_a_display_name(SchoolPhase phase, string name)
    {
        Assert.Equal(name, phase.DisplayName());
    }
}
