namespace AoPortal.Benchmarks.Generation;

/// <summary>The "generate" verb: parses the options, fills the database, and prints the time taken and the rows per table.</summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        GenerateOptions options;
        try
        {
            options = GenerateOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            await Console.Error.WriteLineAsync(GenerateOptions.Help);
            return 2;
        }

        var result = await ScaleDataGenerator.GenerateAsync(options, output);
        await output.WriteLineAsync(result.Describe());
        return 0;
    }
}
