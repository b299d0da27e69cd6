using AoPortal.Benchmarks.Generation;

// The entry point of the scale-data generator (and, later, the benchmark runner): one sub-command a verb.
//   dotnet run --project tests/AoPortal.Benchmarks -- generate --seed 42 --candidates 2000 --database tests/AoPortal.Benchmarks/App_Data/aoportal.db
return args.FirstOrDefault() switch
{
    "generate" => await GenerateCommand.RunAsync(args[1..], Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: AoPortal.Benchmarks generate [options]");
    Console.Error.WriteLine();
    Console.Error.WriteLine(GenerateOptions.Help);
    return 2;
}
