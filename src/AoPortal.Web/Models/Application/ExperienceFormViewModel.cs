using AoPortal.Application.Features.Applications;

namespace AoPortal.Web.Models.Application;

/// <summary>The add and change post form: one form serves both.</summary>
public sealed record ExperienceFormViewModel(SaveExperience.Command Form)
{
    public bool IsNew => Form.Id is null;

    public string Heading => IsNew ? "Add a school or setting" : $"Change {Form.SettingName}";

    public string Action => Form.Id is { } id ? ApplicationPaths.ChangeExperience(id) : ApplicationPaths.NewExperience;
}
