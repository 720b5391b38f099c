using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Briefings.Benchmarks.HotPaths).Assembly).Run(args);
