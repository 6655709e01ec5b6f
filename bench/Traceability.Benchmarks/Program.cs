using BenchmarkDotNet.Running;

// Inner loops measured with BenchmarkDotNet, each against its alternative (the [Benchmark(Baseline = true)] method).
// The whole-process workloads and their bars are `traceability bench`; see docs/benchmarks.md.
BenchmarkSwitcher.FromAssembly(typeof(Traceability.Benchmarks.TraversalBenchmarks).Assembly).Run(args);
