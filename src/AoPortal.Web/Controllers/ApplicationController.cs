using AoPortal.Application.Features.Applications;
using AoPortal.Application.Features.Eligibility;
using AoPortal.Application.Features.Schools;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Application;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>
/// The candidate's own application: a task list of six sections, a page per section, then check and submit.
/// The use cases load the signed-in candidate's record, so nobody reaches anyone else's. Once the application
/// is submitted the domain refuses changes; the pages for changing it then send the candidate back to the task list.
/// </summary>
[Authorize(Policy = Policies.Candidate)]
[Route(ApplicationPaths.TaskList)]
public sealed class ApplicationController(GetApplication.Handler applications, TimeProvider clock) : Controller
{
    /// <summary>The name every form action gives its bound command; the form's fields are named "Form.X".</summary>
    private const string FormParameter = "form";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await applications.Mine(ct));

    [HttpGet("personal-details")]
    public Task<IActionResult> PersonalDetails(CancellationToken ct) =>
        ChangeablePage(a => View(new PersonalDetailsViewModel(SavePersonalDetails.Command.From(a.Application.PersonalDetails))), ct);

    [HttpPost("personal-details")]
    public Task<IActionResult> PersonalDetails(SavePersonalDetails.Command form, [FromServices] SavePersonalDetails.Handler handler, CancellationToken ct) =>
        Save(() => handler.Handle(form, ct), ApplicationPaths.TaskList, () => View(new PersonalDetailsViewModel(form)));

    [HttpGet("qualifications")]
    public async Task<IActionResult> Qualifications(CancellationToken ct) => View(await applications.Mine(ct));

    [HttpGet("degree")]
    public Task<IActionResult> Degree(CancellationToken ct) =>
        ChangeablePage(a => View(new DegreeViewModel(SaveDegree.Command.From(a.Application.Degree))), ct);

    [HttpPost("degree")]
    public Task<IActionResult> Degree(SaveDegree.Command form, [FromServices] SaveDegree.Handler handler, CancellationToken ct) =>
        Save(() => handler.Handle(form, ct), ApplicationPaths.Qualifications, () => View(new DegreeViewModel(form)));

    [HttpGet("gcse/{subject:regex(^(english|maths|science)$)}")]
    public Task<IActionResult> Gcse(GcseSubject subject, CancellationToken ct) =>
        ChangeablePage(a => View(new GcseViewModel(SaveGcse.Command.From(subject, a.Application.Gcse(subject)))), ct);

    [HttpPost("gcse/{subject:regex(^(english|maths|science)$)}")]
    public Task<IActionResult> Gcse(GcseSubject subject, SaveGcse.Command form, [FromServices] SaveGcse.Handler handler, CancellationToken ct)
    {
        form.Subject = subject;
        return Save(() => handler.Handle(form, ct), ApplicationPaths.Qualifications, () => View(new GcseViewModel(form)));
    }

    /// <summary>Uploads a certificate for the degree or a GCSE; errors come back on the qualifications page, on that form.</summary>
    [HttpPost("documents/{kind}")]
    [UploadRequestLimit]
    public async Task<IActionResult> UploadDocument(string kind, [FromForm(Name = UploadCertificate.Field)] IFormFile? file,
        [FromServices] UploadCertificate.Handler handler, CancellationToken ct)
    {
        if (!CertificateDisplay.TryParse(kind, out var documentKind)) return NotFound();
        var application = await applications.Mine(ct);
        if (!application.CanChange) return Redirect(ApplicationPaths.TaskList);
        if (file is null)
        {
            ModelState.AddModelError(UploadCertificate.Field, "Select a file");
        }
        else
        {
            try
            {
                await using var content = file.OpenReadStream();
                await handler.Handle(documentKind, file.FileName, content, file.Length, ct);
                this.Success($"{CertificateDisplay.Name(documentKind)} uploaded");
                return Redirect(ApplicationPaths.Qualifications);
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(e.Field ?? "", e.Message);
            }
        }

        ViewData[CertificateDisplay.ErrorKindKey] = documentKind;
        return View(nameof(Qualifications), await applications.Mine(ct));
    }

    /// <summary>One of the candidate's own certificates, as a download.</summary>
    [HttpGet("documents/{id:guid}")]
    public async Task<IActionResult> Document(Guid id, [FromServices] GetDocument.Handler handler, CancellationToken ct)
    {
        var document = await handler.Mine(id, ct);
        return File(document.Content, document.ContentType, document.FileName);
    }

    [HttpGet("experience")]
    public async Task<IActionResult> Experience(CancellationToken ct) => View(await ExperienceList(ct));

    [HttpPost("experience/confirm")]
    public async Task<IActionResult> ConfirmPosts([FromServices] ConfirmExperience.Handler handler, CancellationToken ct)
    {
        try
        {
            await handler.Handle(ct);
            return Redirect(ApplicationPaths.TaskList);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return View(nameof(Experience), await ExperienceList(ct));
        }
    }

    [HttpGet("experience/new")]
    public Task<IActionResult> AddPost(CancellationToken ct) =>
        ChangeablePage(_ => View("ExperienceForm", new ExperienceFormViewModel(new SaveExperience.Command())), ct);

    [HttpPost("experience/new")]
    public Task<IActionResult> AddPost(SaveExperience.Command form, [FromServices] SaveExperience.Handler handler, CancellationToken ct)
    {
        form.Id = null;
        return Save(() => handler.Handle(form, ct), ApplicationPaths.Experience, () => View("ExperienceForm", new ExperienceFormViewModel(form)));
    }

    [HttpGet("experience/{id:guid}")]
    public Task<IActionResult> ChangePost(Guid id, CancellationToken ct) =>
        ChangeablePage(a => Post(a, id) is { } post ? View("ExperienceForm", new ExperienceFormViewModel(SaveExperience.Command.From(post))) : NotFound(), ct);

    [HttpPost("experience/{id:guid}")]
    public async Task<IActionResult> ChangePost(Guid id, SaveExperience.Command form, [FromServices] SaveExperience.Handler handler, CancellationToken ct)
    {
        // Saving a post with an id the application does not hold would add it; only the candidate's own posts can be changed.
        if (Post(await applications.Mine(ct), id) is null) return NotFound();
        form.Id = id;
        return await Save(() => handler.Handle(form, ct), ApplicationPaths.Experience, () => View("ExperienceForm", new ExperienceFormViewModel(form)));
    }

    [HttpGet("experience/{id:guid}/remove")]
    public Task<IActionResult> RemovePost(Guid id, CancellationToken ct) =>
        ChangeablePage(a => Post(a, id) is { } post ? View("RemovePost", new RemoveExperienceViewModel(post)) : NotFound(), ct);

    [HttpPost("experience/{id:guid}/remove")]
    public async Task<IActionResult> RemovePost(Guid id, [FromServices] RemoveExperience.Handler handler, CancellationToken ct)
    {
        if (Post(await applications.Mine(ct), id) is not { } post) return NotFound();
        return await Save(() => handler.Handle(id, ct), ApplicationPaths.Experience, () => View("RemovePost", new RemoveExperienceViewModel(post)));
    }

    /// <summary>The ranges the current policy offers, and the candidate's own range, which stays theirs if the policy drops it.</summary>
    [HttpGet("age-range")]
    public async Task<IActionResult> AgeRange([FromServices] AgeRangeChoices.Handler ageRanges, CancellationToken ct)
    {
        var application = await applications.Mine(ct);
        if (!application.CanChange) return Redirect(ApplicationPaths.TaskList);
        var candidate = application.Candidate;
        return View(new IntendedAssessmentViewModel(SaveIntendedAssessment.Command.From(candidate), await ageRanges.Handle(candidate.IntendedAgeRange, ct)));
    }

    [HttpPost("age-range")]
    public Task<IActionResult> AgeRange(SaveIntendedAssessment.Command form, [FromServices] SaveIntendedAssessment.Handler handler,
        [FromServices] AgeRangeChoices.Handler ageRanges, CancellationToken ct) =>
        Save(() => handler.Handle(form, ct), ApplicationPaths.TaskList, async () =>
        {
            var candidate = (await applications.Mine(ct)).Candidate;
            return View(new IntendedAssessmentViewModel(form, await ageRanges.Handle(candidate.IntendedAgeRange, ct)));
        });

    [HttpGet("declarations")]
    public Task<IActionResult> Declarations(CancellationToken ct) =>
        ChangeablePage(a => View(new DeclarationsViewModel(SaveDeclarations.Command.From(a.Application.Declarations))), ct);

    [HttpPost("declarations")]
    public Task<IActionResult> Declarations(SaveDeclarations.Command form, [FromServices] SaveDeclarations.Handler handler, CancellationToken ct) =>
        Save(() => handler.Handle(form, ct), ApplicationPaths.TaskList, () => View(new DeclarationsViewModel(form)));

    [HttpGet("school")]
    public async Task<IActionResult> School([FromServices] SchoolChoices.Handler schools, CancellationToken ct)
    {
        var application = await applications.Mine(ct);
        if (!application.CanChange) return Redirect(ApplicationPaths.TaskList);
        return View(new SchoolSupportViewModel(SchoolSupportViewModel.FormFrom(application), await schools.Handle(ct)));
    }

    [HttpPost("school")]
    public async Task<IActionResult> School(SaveSchoolSupport.Command form, [FromServices] SaveSchoolSupport.Handler handler, [FromServices] SchoolChoices.Handler schools, CancellationToken ct)
    {
        var choices = await schools.Handle(ct);
        return await Save(() => handler.Handle(form, ct), ApplicationPaths.TaskList, () => View(new SchoolSupportViewModel(form, choices)));
    }

    [HttpGet("check")]
    public async Task<IActionResult> Check(CancellationToken ct) => View(await applications.Mine(ct));

    [HttpPost("submit")]
    public async Task<IActionResult> Submit([FromServices] SubmitApplication.Handler handler, CancellationToken ct)
    {
        try
        {
            await handler.Handle(ct);
            this.Success("Your application has been submitted");
            return Redirect(ApplicationPaths.TaskList);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return View(nameof(Check), await applications.Mine(ct));
        }
    }

    /// <summary>A page for changing the application; once it can no longer change, the task list instead.</summary>
    private async Task<IActionResult> ChangeablePage(Func<GetApplication.Result, IActionResult> page, CancellationToken ct)
    {
        var application = await applications.Mine(ct);
        return application.CanChange ? page(application) : Redirect(ApplicationPaths.TaskList);
    }

    /// <summary>Post/Redirect/Get: saves valid input and goes on; shows the form again with the errors, or with the rule the domain refused.</summary>
    private Task<IActionResult> Save(Func<Task> save, string next, Func<IActionResult> redisplay) =>
        Save(save, next, () => Task.FromResult(redisplay()));

    /// <summary>As above, for a form whose page needs the database again to be shown with its errors.</summary>
    private async Task<IActionResult> Save(Func<Task> save, string next, Func<Task<IActionResult>> redisplay)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await save();
                return Redirect(next);
            }
            catch (DomainRuleException e)
            {
                ModelState.AddDomainError(e, FormParameter);
            }
        }

        return await redisplay();
    }

    private async Task<ExperienceListViewModel> ExperienceList(CancellationToken ct)
    {
        var application = await applications.Mine(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new ExperienceListViewModel(application, ExperienceCalculator.FullResponsibilityTime(application.Application.Experience, today));
    }

    private static ExperienceEntry? Post(GetApplication.Result application, Guid id) =>
        application.Application.Experience.FirstOrDefault(e => e.Id == id);
}
