export declare function writeResourceGraphFile(file: string, resources: number): Promise<void>;
