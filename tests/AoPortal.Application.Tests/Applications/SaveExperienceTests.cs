using AoPortal.Domain.Common;
using AoPortal.Application.Features.Applications;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Applications;

namespace AoPortal.Application.Tests.Applications;

public sealed class SaveExperienceTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly SaveExperience.Validator _validator;

    public SaveExperienceTests() => _validator = new SaveExperience.Validator(_clock);

    public void Dispose() => _database.Dispose();

    // Validator

    [Fact]
    public void A_post_still_held_is_valid() => ValidationAssert.IsValid(_validator.Validate(ApplicationCommands.CurrentPost()));

    [Fact]
    public void A_post_that_has_ended_is_valid() => ValidationAssert.IsValid(_validator.Validate(ApplicationCommands.PastPost()));

    [Fact]
    public void A_post_without_its_setting_role_or_country_is_refused()
    {
        var command = ApplicationCommands.CurrentPost();
        command.SettingName = "";
        command.RoleTitle = null;
        command.Country = " ";
        var result = _validator.Validate(command);
        ValidationAssert.HasError(result, "SettingName", "Enter the name of the school or setting");
        ValidationAssert.HasError(result, "RoleTitle", "Enter your role, like class teacher or head of maths");
        ValidationAssert.HasError(result, "Country", "Enter the country of the school or setting");
    }

    [Fact]
    public void A_post_without_a_start_date_is_refused()
    {
        var command = ApplicationCommands.CurrentPost();
        command.StartDate = new();
        ValidationAssert.HasError(_validator.Validate(command), "StartDate", "Enter the start date");
    }

    [Fact]
    public void A_start_date_in_the_future_is_refused()
    {
        var command = ApplicationCommands.CurrentPost();
        command.StartDate = ApplicationCommands.Date(1, 1, 2027);
        ValidationAssert.HasError(_validator.Validate(command), "StartDate", "The start date must be today or in the past");
    }

    [Fact]
    public void An_end_date_before_the_start_date_is_refused()
    {
        var command = ApplicationCommands.PastPost();
        command.StartDate = ApplicationCommands.Date(1, 9, 2015);
        command.EndDate = ApplicationCommands.Date(31, 8, 2015);
        ValidationAssert.HasError(_validator.Validate(command), "EndDate", "The end date must be the same as or after the start date");
    }

    [Fact]
    public void A_post_that_ends_the_day_it_starts_is_accepted()
    {
        var command = ApplicationCommands.PastPost();
        command.EndDate = command.StartDate;
        ValidationAssert.IsValid(_validator.Validate(command));
    }

    [Theory]
    [InlineData("", "", "", "Enter the end date")]
    [InlineData("31", "2", "2019", "The end date must be a real date")]
    [InlineData("1", "1", "2027", "The end date must be today or in the past")]
    public void A_post_that_has_ended_needs_a_real_past_end_date(string day, string month, string year, string message)
    {
        var command = ApplicationCommands.PastPost();
        command.EndDate = new() { Day = day, Month = month, Year = year };
        ValidationAssert.HasError(_validator.Validate(command), "EndDate", message);
    }

    [Fact]
    public void A_post_still_held_needs_no_end_date_even_when_the_boxes_hold_rubbish()
    {
        var command = ApplicationCommands.CurrentPost();
        command.EndDate = new() { Day = "31", Month = "2", Year = "1900" };
        ValidationAssert.IsValid(_validator.Validate(command));
    }

    [Fact]
    public void A_post_that_does_not_say_whether_it_is_still_held_is_refused()
    {
        var command = ApplicationCommands.CurrentPost();
        command.StillInPost = null;
        ValidationAssert.HasError(_validator.Validate(command), "StillInPost", "Select whether you still work there");
    }

    [Fact]
    public void A_post_without_a_full_time_equivalent_is_refused()
    {
        var command = ApplicationCommands.CurrentPost();
        command.Fte = "";
        ValidationAssert.HasError(_validator.Validate(command), "Fte", "Enter the full-time equivalent, like 1 for full time or 0.6 for three days a week");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("1.5")]
    [InlineData("abc")]
    [InlineData("60%")]
    public void A_full_time_equivalent_that_is_not_a_number_above_0_and_up_to_1_is_refused(string fte)
    {
        var command = ApplicationCommands.CurrentPost();
        command.Fte = fte;
        ValidationAssert.HasError(_validator.Validate(command), "Fte", "Full-time equivalent must be a number more than 0 and no more than 1, like 0.6");
    }

    [Theory]
    [InlineData("0.6")]
    [InlineData("1")]
    [InlineData("1.0")]
    [InlineData(".5")]
    [InlineData(" 0.4 ")]
    public void A_full_time_equivalent_above_0_and_up_to_1_is_accepted(string fte)
    {
        var command = ApplicationCommands.CurrentPost();
        command.Fte = fte;
        ValidationAssert.IsValid(_validator.Validate(command));
    }

    [Fact]
    public void The_full_time_equivalent_is_read_the_same_whatever_the_server_s_language()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
            var command = ApplicationCommands.CurrentPost();
            command.Fte = "0.6";
            Assert.Equal(0.6m, command.FteValue);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Ages_where_the_oldest_is_below_the_youngest_are_refused()
    {
        var command = ApplicationCommands.CurrentPost();
        command.AgesFrom = "12";
        command.AgesTo = "11";
        ValidationAssert.HasError(_validator.Validate(command), "AgesTo", "The oldest age must be more than the youngest");
    }

    [Fact]
    public void Ages_where_the_oldest_equals_the_youngest_are_refused()
    {
        var command = ApplicationCommands.CurrentPost();
        command.AgesFrom = "11";
        command.AgesTo = "11";
        ValidationAssert.HasError(_validator.Validate(command), "AgesTo", "The oldest age must be more than the youngest");
    }

    [Theory]
    [InlineData("", "11", "AgesFrom", "Enter the age of the youngest pupils you taught")]
    [InlineData("7", "", "AgesTo", "Enter the age of the oldest pupils you taught")]
    [InlineData("1", "11", "AgesFrom", "The youngest age must be a whole number from 2 to 18")]
    [InlineData("seven", "11", "AgesFrom", "The youngest age must be a whole number from 2 to 18")]
    [InlineData("7", "20", "AgesTo", "The oldest age must be a whole number from 3 to 19")]
    [InlineData("7", "10.5", "AgesTo", "The oldest age must be a whole number from 3 to 19")]
    public void Ages_that_are_missing_or_out_of_range_are_refused(string from, string to, string property, string message)
    {
        var command = ApplicationCommands.CurrentPost();
        command.AgesFrom = from;
        command.AgesTo = to;
        ValidationAssert.HasError(_validator.Validate(command), property, message);
    }

    [Fact]
    public void A_post_that_does_not_say_whether_whole_classes_were_taught_is_refused()
    {
        var command = ApplicationCommands.CurrentPost();
        command.FullResponsibility = null;
        ValidationAssert.HasError(_validator.Validate(command), "FullResponsibility", "Select whether you planned, taught and assessed whole classes yourself");
    }

    // Handler

    [Fact]
    public async Task A_new_post_is_added_with_an_id_of_its_own()
    {
        var applicant = await Applicant.InvitedAsync(_database);

        await applicant.SaveExperience(ApplicationCommands.PastPost());

        var post = Assert.Single((await applicant.ReloadAsync()).Application.Experience);
        Assert.NotEqual(Guid.Empty, post.Id);
        Assert.Equal("Beech Hill Academy", post.SettingName);
        Assert.Equal("England", post.Country);
        Assert.Equal("Unqualified teacher", post.RoleTitle);
        Assert.Equal(new DateOnly(2015, 9, 1), post.StartDate);
        Assert.Equal(new DateOnly(2019, 7, 31), post.EndDate);
        Assert.Equal(0.6m, post.Fte);
        Assert.Equal(new AgesTaught(5, 7), post.AgesTaught);
        Assert.True(post.FullResponsibility);
    }

    [Fact]
    public async Task A_post_still_held_is_saved_without_an_end_date_whatever_the_end_date_boxes_hold()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var command = ApplicationCommands.CurrentPost();
        command.EndDate = ApplicationCommands.Date(1, 1, 2020);

        await applicant.SaveExperience(command);

        var post = Assert.Single((await applicant.ReloadAsync()).Application.Experience);
        Assert.Null(post.EndDate);
    }

    [Fact]
    public async Task Saving_a_post_with_its_id_changes_that_post_and_adds_none()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveExperience(ApplicationCommands.CurrentPost());
        await applicant.SaveExperience(ApplicationCommands.PastPost());
        var past = (await applicant.ReloadAsync()).Application.Experience.Single(e => e.SettingName == "Beech Hill Academy");
        var changed = SaveExperience.Command.From(past);
        changed.RoleTitle = "Teacher of English";
        changed.Fte = "0.8";
        changed.AgesFrom = "11";
        changed.AgesTo = "16";

        await applicant.SaveExperience(changed);

        var experience = (await applicant.ReloadAsync()).Application.Experience;
        Assert.Equal(2, experience.Count);
        var post = Assert.Single(experience, e => e.Id == past.Id);
        Assert.Equal("Teacher of English", post.RoleTitle);
        Assert.Equal(0.8m, post.Fte);
        Assert.Equal(new AgesTaught(11, 16), post.AgesTaught);
        Assert.Equal(["Oakfield Primary School", "Beech Hill Academy"], experience.Select(e => e.SettingName));
    }

    [Fact]
    public async Task Saving_a_post_with_an_id_that_is_not_one_of_the_candidates_posts_is_refused()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveExperience(ApplicationCommands.CurrentPost());
        var command = ApplicationCommands.PastPost();
        command.Id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => applicant.SaveExperience(command));

        Assert.Equal("That post is not in your application", error.Message);
        var experience = (await applicant.ReloadAsync()).Application.Experience;
        Assert.Single(experience);
        Assert.NotEqual("Beech Hill Academy", experience[0].SettingName);
    }

    [Fact]
    public async Task A_saved_post_loads_back_into_the_form_as_it_was_typed()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveExperience(ApplicationCommands.CurrentPost());
        await applicant.SaveExperience(ApplicationCommands.PastPost());
        var experience = (await applicant.ReloadAsync()).Application.Experience;

        var current = SaveExperience.Command.From(experience[0]);
        var past = SaveExperience.Command.From(experience[1]);

        Assert.True(current.StillInPost);
        Assert.True(current.EndDate.IsEmpty);
        Assert.False(past.StillInPost);
        Assert.Equal(new DateOnly(2019, 7, 31), past.EndDate.AsDate);
        Assert.Equal("0.6", past.Fte);
        Assert.Equal(("5", "7"), (past.AgesFrom, past.AgesTo));
        ValidationAssert.IsValid(_validator.Validate(current));
        ValidationAssert.IsValid(_validator.Validate(past));
    }

    [Fact]
    public async Task Adding_a_post_after_confirming_the_list_asks_for_the_list_to_be_confirmed_again()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveExperience(ApplicationCommands.CurrentPost());
        await applicant.ConfirmExperience();

        await applicant.SaveExperience(ApplicationCommands.PastPost());

        var candidate = await applicant.ReloadAsync();
        Assert.False(candidate.Application.ExperienceConfirmed);
        Assert.Equal(SectionStatus.InProgress, ApplicationProgress.StatusOf(candidate, ApplicationSection.TeachingExperience));
    }
}
