// IPC channels for commitments and their daily marks. Merged into `contract` in ./contract.ts.

export const commitmentChannels = {} as const;
